import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../../components/panel/Overlay';
import type { PanelIntents, PanelSnapshot } from '../../../components/panel/types';
import { EMPTY_SNAPSHOT } from '../../../utils/model/panel';
import type { StepId } from '../../../utils/model/steps';
import { createQueryClient } from '../../../utils/queries';

const snapshot = (step: StepId): PanelSnapshot => ({
  ...EMPTY_SNAPSHOT,
  step,
  clients: [],
  activeClient: null,
  hasReseller: true,
  reseller: null,
  m365: { phase: 'idle' },
  report: null,
});

const actions = new Proxy({} as PanelIntents, { get: () => vi.fn() });

describe('the panel’s fold button', () => {
  it('starts folded on a screen it does not know and unfolds once it knows the step', () => {
    const queries = createQueryClient();
    const { rerender } = render(
      <QueryClientProvider client={queries}>
        <Overlay snapshot={snapshot('unknown')} actions={actions} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show the assistant' })).toBeTruthy();
    rerender(
      <QueryClientProvider client={queries}>
        <Overlay snapshot={snapshot('catalogue')} actions={actions} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('button', { name: 'Hide the assistant' })).toBeTruthy();
  });

  it('shows the panel when "Show" was pressed just as it unfolded by itself, rather than folding it again', () => {
    const queries = createQueryClient();
    const { rerender } = render(
      <QueryClientProvider client={queries}>
        <Overlay snapshot={snapshot('unknown')} actions={actions} />
      </QueryClientProvider>,
    );
    const button = screen.getByRole('button', { name: 'Show the assistant' });
    fireEvent.pointerDown(button);
    // The step becomes known between the press and the release.
    rerender(
      <QueryClientProvider client={queries}>
        <Overlay snapshot={snapshot('catalogue')} actions={actions} />
      </QueryClientProvider>,
    );
    fireEvent.click(button);
    expect(button.getAttribute('aria-label')).toBe('Hide the assistant');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // A later press (or the keyboard) folds it as the button says.
    fireEvent.click(button);
    expect(button.getAttribute('aria-label')).toBe('Show the assistant');
  });
});
