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

// happy-dom's clicks are all scripted (isTrusted false): these tests take them as the person's,
// except the one that checks a script's click is refused.
function session(controls: FormControl[] | null, isPersons = (_: Event) => true) {
  const handlers = { controls: () => controls, picked: vi.fn(), notAField: vi.fn(), cancelled: vi.fn() };
  const stop = new AbortController();
  return { teach: new TeachSession(document, stop.signal, handlers, isPersons), handlers, stop };
}

describe('teach mode', () => {
  it('takes the next click on a field of the step, through its label too, then listens no more', () => {
    const { title } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    title.closest('label')?.click();
    expect(handlers.picked).toHaveBeenCalledExactlyOnceWith('companyName', title);
    expect(teach.active).toBe(false);
    title.click();
    expect(handlers.picked).toHaveBeenCalledTimes(1);
  });

  it('started twice, keeps one listener: the click goes to the latest field only', () => {
    const { title } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    teach.start('abn');
    title.click();
    expect(handlers.picked).toHaveBeenCalledExactlyOnceWith('abn', title);
  });

  it('says so for a field that is not the step’s, and ignores clicks on text', () => {
    const { title, other, text } = page();
    const { teach, handlers } = session([title]);
    teach.start('companyName');
    text.click();
    expect(handlers.notAField).not.toHaveBeenCalled();
    other.click();
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
    title.click();
    teach.start('companyName');
    teach.stop();
    title.click();
    teach.start('companyName');
    stop.abort();
    title.click();
    expect(handlers.picked).not.toHaveBeenCalled();
    teach.start('companyName');
    expect(teach.active).toBe(false);
  });

  it('takes no click a script makes (the page’s scripts cannot teach a field)', () => {
    const { title } = page();
    const { teach, handlers } = session([title], (event) => event.isTrusted);
    teach.start('companyName');
    title.click();
    title.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handlers.picked).not.toHaveBeenCalled();
    expect(teach.active).toBe(true);
  });

  it('takes nothing while no step is on screen', () => {
    const { title } = page();
    const { teach, handlers } = session(null);
    teach.start('companyName');
    title.click();
    expect(handlers.picked).not.toHaveBeenCalled();
    expect(handlers.notAField).not.toHaveBeenCalled();
  });
});
