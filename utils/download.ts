/** Saves JSON as a file through the browser's download bar; needs no `downloads` permission. */
export function downloadJson(fileName: string, data: unknown, doc: Document = document): void {
  downloadText(fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json', doc);
}

/** Saves text as a file through the browser's download bar. */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `leader-csp-assistant-backup-2026-11-25.json`, in the technician's local date. */
export function backupFileName(now = new Date(), what = 'backup', extension = 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `leader-csp-assistant-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
