import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PermissionsSection } from '../../../components/settings/PermissionsSection';
import { createQueryClient } from '../../../utils/queries';

describe('the settings page’s optional permissions', () => {
  it('lists the Microsoft hosts granted with what each is for, and removes one', async () => {
    let origins = [
      'https://hub.leadercloud.com.au/*',
      'https://admin.microsoft.com/*',
      'https://login.microsoftonline.com/*',
    ];
    vi.spyOn(browser.permissions, 'getAll').mockImplementation(async () => ({
      origins,
      permissions: ['storage'],
    }));
    const remove = vi
      .spyOn(browser.permissions, 'remove')
      .mockImplementation(async ({ origins: gone = [] }) => {
        origins = origins.filter((o) => !gone.includes(o));
        return true;
      });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <PermissionsSection />
      </QueryClientProvider>,
    );
    const listed = () =>
      [...document.querySelectorAll('[data-permission]')].map((e) => e.getAttribute('data-permission'));
    await waitFor(() =>
      expect(listed()).toEqual(['https://admin.microsoft.com/*', 'https://login.microsoftonline.com/*']),
    );
    expect(screen.getByText(/read the Domains list when you click Fetch/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' })[0] as HTMLElement);
    await waitFor(() => expect(listed()).toEqual(['https://login.microsoftonline.com/*']));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://admin.microsoft.com/*'] });
  });

  it('says none are granted, and says so when the browser keeps one', async () => {
    vi.spyOn(browser.permissions, 'getAll').mockImplementation(async () => ({
      origins: ['https://admin.cloud.microsoft/*'],
    }));
    vi.spyOn(browser.permissions, 'remove').mockImplementation(async () => false);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <PermissionsSection />
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not removed: the browser kept it/);
  });
});
