import { Component, type ComponentChildren } from 'preact';
import { ErrorScreen } from './StateScreens';

/** Catches render errors so a UI never goes blank; offers a reload. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error?: Error }> {
  override state: { error?: Error } = {};
  override componentDidCatch(error: Error) {
    this.setState({ error });
  }
  override render() {
    if (this.state.error) return <ErrorScreen message={this.state.error.message} onRetry={() => location.reload()} />;
    return this.props.children;
  }
}
