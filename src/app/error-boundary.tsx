// The last line of defence: if any screen throws while rendering, show a plain message and one way
// out ("Start again") instead of a blank page. Starting again re-creates the app from scratch, so the
// values typed are cleared (never shown half-updated) while institution settings, kept in
// localStorage, are read again unchanged.
import { Component, type ErrorInfo, Fragment, type ReactNode, useEffect, useRef } from 'react';
import './error-boundary.css';

interface AppErrorBoundaryProps {
  readonly children: ReactNode;
  /** Reloads the page; used when a part of the app could not be loaded (a new version was deployed). */
  readonly reload?: () => void;
}

interface AppErrorBoundaryState {
  readonly error: unknown;
  /** Bumped by "Start again": a new key mounts a fresh tree with fresh state. */
  readonly attempt: number;
}

/** True when a lazily loaded part of the app failed to download (offline, or replaced by a new version). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|importing a module script failed|failed to fetch|loading chunk/i.test(
    message,
  );
}

export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<AppErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Stays in this browser's console for whoever debugs it; never sent anywhere (no patient data leaves).
    console.error('The app stopped on an error:', error, info.componentStack);
  }

  private readonly startAgain = (): void => {
    if (isChunkLoadError(this.state.error)) {
      // A lazy chunk cannot be fetched again by React (lazy() keeps the failure): reload the page.
      (this.props.reload ?? (() => window.location.reload()))();
      return;
    }
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error) {
      return <ErrorScreen chunk={isChunkLoadError(this.state.error)} onStartAgain={this.startAgain} />;
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

function ErrorScreen({
  chunk,
  onStartAgain,
}: {
  readonly chunk: boolean;
  readonly onStartAgain: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <header className="app-header">
        <p className="app-error__app">J9207 ixabepilone dose &amp; billing</p>
      </header>
      <main className="app-error" aria-labelledby="app-error-title">
        <h1 id="app-error-title" ref={heading} tabIndex={-1}>
          Something went wrong
        </h1>
        <p role="alert">
          {chunk
            ? 'Part of the calculator could not be loaded. Check the connection, then start again.'
            : 'The calculator stopped on an unexpected error. No result is shown, so nothing here can be taken for a current dose.'}
        </p>
        <p>Starting again clears the values typed on this screen. Your institution settings are kept.</p>
        <button type="button" className="app-error__button" onClick={onStartAgain}>
          Start again
        </button>
      </main>
    </>
  );
}
