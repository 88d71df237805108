import { useStore } from '../../utils/queries';
import { BackupSection } from './BackupSection';
import { PermissionsSection } from './PermissionsSection';
import { ResellerProfileForm } from './ResellerProfileForm';
import { StorageUseLine } from './StorageUseLine';
import { StoredDataPanel } from './StoredDataPanel';

export function OptionsPage() {
  const store = useStore();
  return (
    <main className="options">
      <header>
        <h1>Leader CSP Assistant</h1>
        <p>Settings for onboarding Microsoft 365 clients on Leader Cloud Hub.</p>
      </header>
      {store.isPending && <p role="status">Loading…</p>}
      {store.isError && (
        <p className="status error" role="alert">
          Stored data could not be read: {store.error.message}
        </p>
      )}
      {store.data && (
        <>
          <StoredDataPanel store={store.data} />
          <ResellerProfileForm stored={store.data.data.reseller} />
          <BackupSection store={store.data} />
          <StorageUseLine />
          <PermissionsSection />
        </>
      )}
    </main>
  );
}
