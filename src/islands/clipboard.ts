/** Copies text for a tool's "Copy" buttons, and says what happened (copying can be blocked by the browser). */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return 'Copying is blocked here: select the address bar and copy it instead.';
  }
}
