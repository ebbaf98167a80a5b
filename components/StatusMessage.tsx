import type { ComponentChildren } from 'preact';

/** A friendly full-width message: what happened, and what the reader can do next. */
export function StatusMessage({ title, body, children, role = 'status' }: { title: string; body: string; children?: ComponentChildren; role?: 'status' | 'alert' }) {
  return (
    <section class="cr-status" role={role}>
      <h1 class="cr-status-title">{title}</h1>
      <p class="cr-status-body">{body}</p>
      {children && <div class="cr-status-actions">{children}</div>}
    </section>
  );
}
