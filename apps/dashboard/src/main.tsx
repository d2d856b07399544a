import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRuntime } from './app/runtime';
import './styles/tokens.css';
import './styles/base.css';
import './modules/ui/ui.css';
import './styles/app.css';

const runtime = createRuntime();
runtime.session.adoptTokenFromUrl();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App runtime={runtime} />
  </StrictMode>,
);
