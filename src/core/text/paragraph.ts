import type { Span } from "../span";
import { ALL, type SentenceSpans, sentencesOf } from "./sentences";
import type { Heading, ListItem, Paragraph, Sentence } from "./types";

/**
 * A paragraph of the model, kept as numbers: its span and its sentences are made on
 * request. A text of half a million one-line paragraphs then keeps one object per line
 * rather than four: objects that live as long as the document are what reading a long
 * text costs, and the ones made on request die young. Spans are values (never changed
 * in place, never compared by identity), so a new object per request is the same span.
 */
export class ParagraphNode implements Paragraph {
  declare heading?: Heading;
  declare item?: ListItem;
  declare contents?: true;
  declare table?: number;
  section = 0;

  constructor(
    readonly index: number,
    private readonly start: number,
    private readonly end: number,
    readonly line: number,
    /** ALL: one sentence, all of the paragraph (most paragraphs). */
    private readonly kept: SentenceSpans | typeof ALL,
  ) {}

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  get sentences(): readonly Sentence[] {
    return this.kept === ALL ? [{ span: this.span }] : sentencesOf(this.kept);
  }
}
