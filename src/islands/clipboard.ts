/** Copies text for a tool's "Copy" buttons, and says what happened (copying can be blocked by the browser). */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return 'Copying is blocked here: select the address bar and copy it instead.';
  }
}

/** Offers text as a file download (a decision record), and says what happened. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return `Downloaded ${fileName}.`;
}
