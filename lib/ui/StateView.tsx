import type { ComponentChildren } from 'preact';
import { Icon } from './Icon';

/** A designed screen for a state with no verdict: what happened and what to do. */
export function StateView(props: { id: string; icon: string; title: string; children?: ComponentChildren }) {
  return (
    <section class="state" data-testid={`state-${props.id}`} role="status">
      <div class="icon">
        <Icon name={props.icon} />
      </div>
      <h1>{props.title}</h1>
      {props.children}
    </section>
  );
}

export function Analyzing() {
  return (
    <section data-testid="state-analyzing" role="status" aria-label="Analyzing the posting">
      <span class="sr-only">Analyzing the posting…</span>
      <div class="skeleton" style={{ height: '18px', width: '70%', margin: '4px 0 14px' }} />
      <div class="skeleton" style={{ height: '86px', marginBottom: '12px' }} />
      <div class="skeleton" style={{ height: '70px', marginBottom: '12px' }} />
      <div class="skeleton" style={{ height: '120px' }} />
    </section>
  );
}
