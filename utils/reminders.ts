import type { Client } from './model/client';

// The licences reminder: an alarm per ordered client, named after it. Alarms outlive the service
// worker; the browser may drop them on a restart, so they are set again from the stored orders
// (`remindersDue`) when the browser starts and when the extension is installed or updated.
const PREFIX = 'licences:';

export const reminderName = (clientId: string) => `${PREFIX}${clientId}`;

/** The client an alarm or a notification is for; null for any other. */
export const clientOfReminder = (name: string) =>
  name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null;

/** Whether a client still waits for its licences to be seen. */
export const awaitsLicences = (client: Client) =>
  !!client.order && !client.order.licencesSeenAt && client.status === 'ordered';

/** The alarms the stored orders want: one for each client still waiting, at its reminder's time. */
export function remindersDue(clients: readonly Client[]): { name: string; when: number }[] {
  return clients.flatMap((client) => {
    const remindAt = client.order?.remindAt;
    if (!remindAt || !awaitsLicences(client)) return [];
    const when = Date.parse(remindAt);
    return Number.isFinite(when) ? [{ name: reminderName(client.id), when }] : [];
  });
}

/** The notification's words for a client's reminder. */
export function reminderText(client: Client): { title: string; message: string } {
  const products = client.order?.subscriptions.length ?? 0;
  return {
    title: 'The licences should now show',
    message: `${client.companyName}: the ${products === 1 ? 'licence' : `${products} products`} ordered should now show in its Microsoft 365 admin center. Check in Microsoft 365.`,
  };
}
