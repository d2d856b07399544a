import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Specs that talk to real servers run in node, without a DOM.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
