import { describe, expect, it } from 'vitest';
import { mattersToAssistant, OBSERVED_ATTRIBUTES } from '../../../utils/assistant/relevance';

/** The records a change makes, as the content script's observer receives them. */
async function recordsOf(setup: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  document.body.innerHTML = `<main id="root">${setup}</main>`;
  const root = document.getElementById('root') as HTMLElement;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
    characterDataOldValue: true,
    attributeFilter: OBSERVED_ATTRIBUTES,
  });
  change(root);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  records.push(...observer.takeRecords());
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
});
