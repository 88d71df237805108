import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/settings/OptionsPage';
import { parseBackupText } from '../../../utils/model/backup';
import { createQueryClient } from '../../../utils/queries';
import { readStore } from '../../../utils/storage/read';
import { saveResellerFields } from '../../../utils/storage/write';
import { backupText } from '../fixtures';

function renderOptions() {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <OptionsPage />
    </QueryClientProvider>,
  );
  return user;
}

const fullReseller = () => {
  const parsed = parseBackupText(backupText('v1-full.json'));
  if (!parsed.ok || !parsed.backup.reseller) throw new Error('fixture');
  return parsed.backup.reseller;
};

const field = (name: string) =>
  document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) as HTMLInputElement;
const backupFile = (name: string) => new File([backupText(name)], name, { type: 'application/json' });

describe('the reseller profile form', () => {
  it('checks a field when it is left, naming what is wrong, and tidies a valid value', async () => {
    const user = renderOptions();
    await screen.findByRole('heading', { name: 'Reseller profile' });
    await user.type(screen.getByLabelText(/^Phone/), '02 9876 543');
    await user.tab();
    expect(await screen.findByText(/is not an Australian phone number/)).toBeTruthy();
    expect(field('contactPhone').getAttribute('aria-invalid')).toBe('true');

    await user.clear(field('contactPhone'));
    await user.type(field('contactPhone'), '+61298765432');
    await user.tab();
    await waitFor(() => expect(field('contactPhone').value).toBe('02 9876 5432'));
    expect(field('contactPhone').getAttribute('aria-invalid')).toBeNull();
  });

  it('saves nothing while a required field is missing, and says how many need attention', async () => {
    const user = renderOptions();
    await user.type(await screen.findByLabelText(/^Company name/), 'Harbour IT');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByTestId('profile-status')).textContent).toMatch(/fields need attention/);
    expect(screen.getAllByText(/is required/).length).toBeGreaterThan(3);
    expect((await readStore()).data.reseller).toBeNull();
  });

  it('saves a valid profile', async () => {
    const user = renderOptions();
    const values = fullReseller();
    await screen.findByLabelText(/^Company name/);
    for (const [key, value] of Object.entries(values)) {
      if (key === 'state') await user.selectOptions(field('state'), value);
      else if (value) await user.type(field(key), value);
    }
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByTestId('profile-status')).textContent).toBe('Reseller profile saved.');
    expect((await readStore()).data.reseller).toEqual(values);
  });

  it('shows another page’s save in the fields not being edited here, and keeps this page’s edit', async () => {
    await saveResellerFields(fullReseller());
    const user = renderOptions();
    await waitFor(() => expect(field('companyName').value).toBe('Harbour IT Services Pty Ltd'));
    await user.clear(field('city'));
    await user.type(field('city'), 'Penrith');

    await saveResellerFields({ contactPhone: '0412 000 111', city: 'Ryde' });
    await waitFor(() => expect(field('contactPhone').value).toBe('0412 000 111'));
    expect(field('city').value).toBe('Penrith');

    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Reseller profile saved.');
    expect((await readStore()).data.reseller).toMatchObject({
      contactPhone: '0412 000 111',
      city: 'Penrith',
    });
  });
});

describe('backup and restore', () => {
  it('restores a backup file and says what it restored', async () => {
    const user = renderOptions();
    await user.upload(await screen.findByTestId('restore-backup'), backupFile('v1-full.json'));
    const result = await screen.findByTestId('restore-result');
    expect(result.dataset.outcome).toBe('restored');
    expect(result.textContent).toMatch(/Restored 3 clients and the reseller profile from v1-full\.json/);
    expect((await readStore()).data.clients).toHaveLength(3);
  });

  it('refuses a malformed file whole, naming the first bad path, and changes nothing', async () => {
    await saveResellerFields(fullReseller());
    const before = await fakeBrowser.storage.local.get(null);
    const user = renderOptions();
    await user.upload(await screen.findByTestId('restore-backup'), backupFile('bad-quantity.json'));
    const result = await screen.findByTestId('restore-result');
    expect(result.dataset.outcome).toBe('refused');
    expect(result.textContent).toBe(
      'Nothing was restored: in bad-quantity.json, clients[1].licenses[0].quantity Quantity must be at least 1.',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('offers the copy a restore replaced', async () => {
    await saveResellerFields(fullReseller());
    const user = renderOptions();
    await user.upload(await screen.findByTestId('restore-backup'), backupFile('v1-minimal.json'));
    const entry = await screen.findByTestId('recovery-entry');
    expect(entry.textContent).toMatch(/Replaced by restoring v1-minimal\.json/);
    expect(within(entry).getByRole('button', { name: 'Download' })).toBeTruthy();
  });
});

describe('stored data that cannot be read', () => {
  it('is reported on the page and can be set aside', async () => {
    await fakeBrowser.storage.local.set({ clients: [{ id: '' }] });
    const user = renderOptions();
    const problem = await screen.findByTestId('stored-problem');
    expect(problem.textContent).toMatch(/Clients could not be read: \[0\]\.id: id is required/);
    await user.click(within(problem).getByRole('button', { name: 'Keep a copy and start afresh' }));
    await waitFor(() => expect(screen.queryByTestId('stored-problem')).toBeNull());
    expect((await readStore()).recovery).toHaveLength(1);
  });

  it('says when it is larger than its recovery copy keeps, so it is downloaded first', async () => {
    await fakeBrowser.storage.local.set({ taught: 'x'.repeat(1.5 * 1024 * 1024) });
    const user = renderOptions();
    const problem = await screen.findByTestId('stored-problem');
    expect(within(problem).getByTestId('too-large-to-copy').textContent).toBe(
      'It is 1.5 MB: a recovery copy keeps at most 1 MB of it. Download a copy first to keep all of it.',
    );
    await user.click(within(problem).getByRole('button', { name: 'Keep a copy and start afresh' }));
    await waitFor(() => expect(screen.queryByTestId('stored-problem')).toBeNull());
    const [copy] = (await readStore()).recovery;
    expect(copy?.note).toMatch(/too large to keep whole \(1\.5 MB\)/);
  });
});
