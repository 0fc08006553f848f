import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { saveBlob } from '../../dom/save-blob.js';
import { layoutWidth } from '../layout.js';

/** The name the host's update is requested under when a picture was saved or its alt text copied. */
export const PICTURE = 'picture';

/** What the host gives: the picture, its alt text, and the file's name. */
export interface PictureSource {
  image: () => Promise<Blob | null>;
  alt: () => string;
  name: () => string;
}

type Host = ReactiveControllerHost & Element & { renderRoot: ParentNode; requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/**
 * The saved picture's width in CSS px: `png-width` when it is a width (held to 240–4000), else
 * the figure's own (a typical column's until it is measured).
 */
export function pictureWidth(asked: number | null | undefined, figure: number): number {
  const n = Number(asked);
  return asked != null && Number.isFinite(n) && n > 0 ? Math.round(Math.min(4000, Math.max(240, n))) : layoutWidth(figure);
}

/**
 * "Download image": saves the picture the host makes, then offers its alt text beside the
 * controls, for the alt field of wherever it is posted, with a button that copies it. A polite
 * status line, there from the start so that screen readers hear it change, says what happened.
 */
export class PictureController implements ReactiveController {
  #status = '';
  #alt = '';
  readonly #host: Host;
  readonly #o: PictureSource;

  constructor(host: Host, o: PictureSource) {
    this.#host = host;
    this.#o = o;
    host.addController(this);
  }

  /** A chart taken out of the page forgets the last picture: its alt text may no longer fit. */
  hostDisconnected(): void {
    this.#status = '';
    this.#alt = '';
  }

  readonly save = async (): Promise<void> => {
    const name = this.#o.name();
    const blob = await this.#o.image().catch((error: unknown) => {
      console.error('foi-charts: the picture could not be made', error);
      return null;
    });
    if (blob) saveBlob(this.#host.renderRoot, blob, name);
    this.#alt = blob ? this.#o.alt() : '';
    this.#set(blob ? `Image saved as ${name}.` : 'The image could not be made.');
  };

  readonly #copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.#alt);
      this.#set('Alt text copied.');
    } catch {
      // No clipboard here (an insecure page, a refusal): select it for the reader to copy.
      this.#host.renderRoot.querySelector('textarea')?.select();
      this.#set('The alt text is selected: copy it with your keyboard or menu.');
    }
  };

  #set(status: string): void {
    this.#status = status;
    this.#host.requestUpdate(PICTURE, null);
  }

  /** The status line and, once a picture is saved, its alt text and the copy button. */
  template() {
    return html`<div class="image-alt" part="image-alt">
      <p role="status">${this.#status}</p>
      ${this.#alt
        ? html`<label>Alt text for the image, for where you post it <textarea readonly rows="3" .value=${this.#alt}></textarea></label>
            <button type="button" @click=${this.#copy}>Copy alt text</button>`
        : nothing}
    </div>`;
  }
}
