import type { ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export interface ConfirmAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

/**
 * Asks before anything the user typed is overwritten. Modal (alertdialog): the keyboard
 * stays inside it until a choice is made, Escape cancels.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  actions: ConfirmAction[];
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <Dialog
      modalType="alert"
      open={props.open}
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions fluid>
            {props.actions.map((a) => (
              <Button
                key={a.label}
                appearance={a.primary ? "primary" : "secondary"}
                onClick={a.onClick}
              >
                {a.label}
              </Button>
            ))}
            <Button appearance="secondary" onClick={props.onCancel}>
              {props.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
