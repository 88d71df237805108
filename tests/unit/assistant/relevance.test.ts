import { describe, expect, it, vi } from 'vitest';
import { mattersToAssistant, OBSERVED_ATTRIBUTES } from '../../../utils/assistant/relevance';
import { observePage } from '../../../utils/page/observe';

/** The records a change makes, as the content script's observer (observePage) receives them. */
async function recordsOf(setup: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  document.body.innerHTML = `<main id="root">${setup}</main>`;
  const root = document.getElementById('root') as HTMLElement;
  const records: MutationRecord[] = [];
  const stop = new AbortController();
  observePage(root, () => {}, stop.signal, {
    seen: (batch) => records.push(...batch),
    matters: () => false,
    attributeFilter: OBSERVED_ATTRIBUTES,
  });
  change(root);
  await new Promise((resolve) => setTimeout(resolve, 0));
  stop.abort();
  return records;
}

describe('which page changes lead the assistant to look again', () => {
  it.each([
    [
      'a price ticking',
      '<span id="p">$10.00</span>',
      (r: HTMLElement) => {
        (r.querySelector('#p') as HTMLElement).textContent = '$11.00';
      },
    ],
    [
      'the basket counter',
      '<button id="b">Basket (2)</button>',
      (r: HTMLElement) => {
        (r.querySelector('#b') as HTMLElement).textContent = 'Basket (3)';
      },
    ],
    [
      'a text node edited in place',
      '<p id="t">12:00:01</p>',
      (r: HTMLElement) => {
        ((r.querySelector('#t') as HTMLElement).firstChild as Text).data = '12:00:02';
      },
    ],
    [
      'a rotating offer with its own button',
      '<div id="o"><button>Offer 1</button></div>',
      (r: HTMLElement) => {
        (r.querySelector('#o') as HTMLElement).innerHTML = '<button>Offer 2</button>';
      },
    ],
    [
      'a class on a plain span',
      '<span id="s">new</span>',
      (r: HTMLElement) => {
        (r.querySelector('#s') as HTMLElement).className = 'pulse';
      },
    ],
  ])('ignores %s', async (_, setup, change) => {
    expect(mattersToAssistant(await recordsOf(setup, change))).toBe(false);
  });

  it.each([
    [
      'a dialog with a field shown',
      '<div id="d" style="display:none" role="dialog"><input></div>',
      (r: HTMLElement) => {
        (r.querySelector('#d') as HTMLElement).style.display = 'block';
      },
    ],
    [
      'a field added',
      '<form id="f"></form>',
      (r: HTMLElement) => {
        (r.querySelector('#f') as HTMLElement).append(document.createElement('input'));
      },
    ],
    [
      'a heading changed to another step’s',
      '<h1 id="h">Your basket</h1>',
      (r: HTMLElement) => {
        (r.querySelector('#h') as HTMLElement).textContent = 'Define Default Domain';
      },
    ],
    [
      // Read from the record's old value: the observer has to ask for it.
      'a heading’s own text going from a step’s to none',
      '<h1 id="h">Define Default Domain</h1>',
      (r: HTMLElement) => {
        ((r.querySelector('#h') as HTMLElement).firstChild as Text).data = 'Loading';
      },
    ],
    [
      'the order confirmation arriving late',
      '<div id="c"></div>',
      (r: HTMLElement) => {
        (r.querySelector('#c') as HTMLElement).textContent = 'Your order submission has been completed';
      },
    ],
    [
      'a "Verify Authorisation" button appearing',
      '<div id="a"></div>',
      (r: HTMLElement) => {
        (r.querySelector('#a') as HTMLElement).innerHTML = '<button>Verify Authorisation</button>';
      },
    ],
  ])('looks again after %s', async (_, setup, change) => {
    expect(mattersToAssistant(await recordsOf(setup, change))).toBe(true);
  });

  it('asks the browser for the text a change replaced (browsers give it only when asked; happy-dom always does)', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const stop = new AbortController();
    observePage(document.body, () => {}, stop.signal);
    expect(observe.mock.calls[0]?.[1]).toMatchObject({ characterData: true, characterDataOldValue: true });
    stop.abort();
    observe.mockRestore();
  });
});
