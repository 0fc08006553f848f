/** Saves a file the reader asked for (CSV, PNG) through a temporary link in the shadow root. */
export function saveBlob(root: ParentNode & Node, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
