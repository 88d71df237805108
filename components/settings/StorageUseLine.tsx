import { useStorageUse } from '../../utils/queries';
import { describeStorageUse } from '../../utils/storage/usage';

/** How much of the browser's storage the extension's data takes, warned from 80%. */
export function StorageUseLine() {
  const use = useStorageUse();
  if (!use.data) return null;
  const { text, nearlyFull } = describeStorageUse(use.data);
  return (
    <p
      className={nearlyFull ? 'status error' : 'hint'}
      role={nearlyFull ? 'alert' : undefined}
      data-testid="storage-use"
      data-bytes={use.data.bytes}
    >
      Stored data: {text}
    </p>
  );
}
