import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser keeps its state between tests unless reset.
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());
