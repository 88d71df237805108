import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installWebLocks } from './web-locks';

// happy-dom has no Web Locks; the store takes its lock from `navigator.locks` alone.
installWebLocks();

// WXT's fake browser keeps its state between tests unless reset.
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());
