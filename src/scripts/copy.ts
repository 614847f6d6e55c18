/** Copy-to-clipboard buttons; the status next to each says whether it worked. */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    const status = button.nextElementSibling;
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Copying is blocked here: select the text and copy it by hand.';
      }
    });
  }
}
