import { sendKeys } from '@web/test-runner-commands';

/** Focus lands in the element from a button placed before it, with a real Tab. */
export async function tabInto(el: HTMLElement) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}
