import Papa from 'papaparse';
import type { Client } from '../model/client';
import { EXCEL_CSV, neutralise } from './clients-csv';

// The orders CSV for billing: a header row, then one row per ordered product (SCREENS.md, "After
// the order"). Opened in Excel like the clients' CSV, so its cells are neutralised the same way.
export const ORDER_CSV_COLUMNS = [
  'companyName',
  'product',
  'quantity',
  'billingCycle',
  'activationDate',
  'monthlyPrice',
  'orderDate',
  'licencesSeen',
] as const;

/** A date for the file, in the technician's own calendar (yyyy-mm-dd: Excel reads it whatever its locale). */
function day(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The monthly price of a line where the portal showed one: the line's own price on the
 * confirmation, or, for a one-product order, the fees box's "Month" amount (that product's).
 */
function monthlyPrice(client: Client, index: number): string {
  const order = client.order;
  const line = order?.subscriptions[index];
  if (line?.price) return line.price;
  return order?.subscriptions.length === 1 ? (order.totals?.monthly ?? '') : '';
}

/** Every client's order, one row per ordered product; clients without an order have none. */
export function ordersToCsv(clients: readonly Client[]): string {
  const rows = clients.flatMap((client) =>
    (client.order?.subscriptions ?? []).map((line, index) =>
      [
        client.companyName,
        line.name,
        String(line.quantity),
        line.billingCycle ?? '',
        line.activationDate ?? '',
        monthlyPrice(client, index),
        day(client.order?.submittedAt),
        day(client.order?.licencesSeenAt),
      ].map(neutralise),
    ),
  );
  return `${Papa.unparse({ fields: [...ORDER_CSV_COLUMNS], data: rows }, EXCEL_CSV)}\r\n`;
}

/** How many rows the orders CSV has (the button says when there is nothing to export). */
export const orderedLines = (clients: readonly Client[]) =>
  clients.reduce((sum, client) => sum + (client.order?.subscriptions.length ?? 0), 0);
