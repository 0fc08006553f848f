/**
 * The element's `rendered` promise: pending while a drawing (or a settling update) is due,
 * resolved once the chart is drawn or has settled in `error` or `empty`.
 */
export class Rendered {
  promise: Promise<void>;
  #settle: (() => void) | null = null;

  constructor() {
    this.promise = this.renew();
  }

  get pending(): boolean {
    return this.#settle !== null;
  }

  /** A new pending promise (the previous one resolves). */
  renew(): Promise<void> {
    this.settle();
    return (this.promise = new Promise((resolve) => {
      this.#settle = () => {
        this.#settle = null;
        resolve();
      };
    }));
  }

  settle(): void {
    this.#settle?.();
  }
}
