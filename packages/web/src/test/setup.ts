/** Component tests: a clean DOM, an empty query cache and fresh storage for every test. */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { clearCache } from '../api/cache';

afterEach(() => {
  cleanup();
  clearCache();
  localStorage.clear();
  vi.unstubAllGlobals();
});
