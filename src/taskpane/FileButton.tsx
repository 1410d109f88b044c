import { useRef } from "react";
import { Button } from "@fluentui/react-components";

/**
 * A button that opens the browser's file picker: the native input stays hidden (and out of
 * the tab order, the button is the control), labelled like the button so tests and
 * assistive technology find it. The input is reset after each pick, so that choosing the
 * same file again still reports it.
 */
export function FileButton(props: {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        style={{ display: "none" }}
        type="file"
        accept={props.accept}
        aria-label={props.label}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
