import { render, type ComponentType } from 'preact';
import '../../assets/rolelens.css';
import { ErrorBoundary } from './ErrorBoundary';

/** Render an extension page's app inside an error boundary, so it never goes blank. */
export function mount(App: ComponentType): void {
  render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
}
