import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** An error as the user sees it: a title and the message as plain text. */
export function ErrorMessage(props: { title: string; error: unknown }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {errorMessage(props.error)}
      </MessageBarBody>
    </MessageBar>
  );
}

interface BoundaryProps {
  title: string;
  children: ReactNode;
}

/** A render error replaces the pane with its message instead of leaving a blank pane. */
export class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for developers with the pane's dev tools open; the user sees the message above.
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error !== undefined) {
      return <ErrorMessage title={this.props.title} error={this.state.error} />;
    }
    return this.props.children;
  }
}
