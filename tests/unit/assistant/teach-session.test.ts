import { describe, expect, it, vi } from 'vitest';
import { TeachSession } from '../../../utils/assistant/teach-session';
import type { FormControl } from '../../../utils/page/controls';

function page() {
  document.body.innerHTML = `
    <label>Entity title <input id="title"></label>
    <input id="other">
    <p id="text">Some words</p>`;
  const title = document.getElementById('title') as HTMLInputElement;
  const other = document.getElementById('other') as HTMLInputElement;
  return { title, other, text: document.getElementById('text') as HTMLElement };
}

/**
 * A click by the person. happy-dom makes no trusted events (its `isTrusted` is not even there), so
 * this one carries the flag as a browser's own would, on the event itself; the session reads it
 * there. A page script cannot do this in a browser: `isTrusted` is an unforgeable own property
 * (the hostile-page e2e tries, and clicks with the real mouse).
 */
function personClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

function session(controls: FormControl[] | null) {
  const handlers = { controls: () => controls, picked: vi.fn(), notAField: vi.fn(), cancelled: vi.fn() };
  const stop = new AbortController();
  return { teach: new TeachSession(document, stop.signal, handlers), handlers, stop };
}

describe('teach mode', () => {
  it('takes the next click on a field of the step, through its label too, then listens no more', () => {
    const { title } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    personClick(title.closest('label') as Element);
    expect(handlers.picked).toHaveBeenCalledExactlyOnceWith('companyName', title);
    expect(teach.active).toBe(false);
    personClick(title);
    expect(handlers.picked).toHaveBeenCalledTimes(1);
  });

  it('started twice, keeps one listener: the click goes to the latest field only', () => {
    const { title } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    teach.start('abn');
    personClick(title);
    expect(handlers.picked).toHaveBeenCalledExactlyOnceWith('abn', title);
  });

  it('says so for a field that is not the step’s, and ignores clicks on text', () => {
    const { title, other, text } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    personClick(text);
    expect(handlers.notAField).not.toHaveBeenCalled();
    personClick(other);
    expect(handlers.notAField).toHaveBeenCalledTimes(1);
    expect(handlers.picked).not.toHaveBeenCalled();
    expect(teach.active).toBe(true);
  });

  it('ends on Escape, on stop and when its signal aborts', () => {
    const { title } = page();
    const { teach, handlers, stop } = session([title]);
    teach.start('companyName');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handlers.cancelled).toHaveBeenCalledTimes(1);
    personClick(title);
    teach.start('companyName');
    teach.stop();
    personClick(title);
    teach.start('companyName');
    stop.abort();
    personClick(title);
    expect(handlers.picked).not.toHaveBeenCalled();
    teach.start('companyName');
    expect(teach.active).toBe(false);
  });

  it('takes no click a script makes (the page’s scripts cannot teach a field)', () => {
    const { title } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    title.click();
    title.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    title.closest('label')?.click();
    expect(handlers.picked).not.toHaveBeenCalled();
    expect(handlers.notAField).not.toHaveBeenCalled();
    expect(teach.active).toBe(true);
    // The same control, clicked by the person, is taken: only the flag differed.
    personClick(title);
    expect(handlers.picked).toHaveBeenCalledExactlyOnceWith('companyName', title);
  });

  it('takes nothing while no step is on screen', () => {
    const { title } = page();
    const { teach, handlers } = session(null);
    teach.start('companyName');
    personClick(title);
    expect(handlers.picked).not.toHaveBeenCalled();
    expect(handlers.notAField).not.toHaveBeenCalled();
  });
});
