import { render } from 'preact';
import '@/assets/rolelens.css';
import { ErrorBoundary } from '@/lib/ui/ErrorBoundary';
import { App } from './App';

render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
