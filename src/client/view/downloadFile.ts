/** Saves text (or a binary file's bytes) as a file through the browser's download, without a round trip to the server. */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; after this task it is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
