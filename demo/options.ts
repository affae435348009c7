/**
 * The demo's options in the page's address: every named control of the form (the scenario, the
 * language, the colour scheme, the width and the widget's options) is a query parameter, so a
 * reload or a second tab starts the same way. A checkbox is a bare `?name` when checked; any other
 * control is `?name=value`, left out while it has the page's default value.
 */

type Control = HTMLInputElement | HTMLSelectElement | RadioNodeList;

/** The form's named controls kept in the address, each with the value the page starts with. */
export class AddressOptions {
  readonly #form: HTMLFormElement;
  readonly #defaults = new Map<string, string | boolean>();

  constructor(form: HTMLFormElement, names: readonly string[]) {
    this.#form = form;
    for (const name of names) this.#defaults.set(name, this.#read(name));
  }

  /** Sets the form from the address; a value no option or radio offers is ignored. */
  restore(params: URLSearchParams) {
    for (const [name, fallback] of this.#defaults) {
      const control = this.#control(name);
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        control.checked = params.has(name);
        continue;
      }
      const value = params.get(name) ?? String(fallback);
      if (this.#offers(control, value)) control.value = value;
    }
  }

  /** Writes the form into `params` (other parameters are kept) and returns them. */
  save(params: URLSearchParams) {
    for (const [name, fallback] of this.#defaults) {
      const value = this.#read(name);
      if (typeof value === 'boolean') {
        if (value) params.set(name, '');
        else params.delete(name);
      } else if (value.trim() && value !== fallback) params.set(name, value.trim());
      else params.delete(name);
    }
    return params;
  }

  #control(name: string) {
    const control = this.#form.elements.namedItem(name) as Control | null;
    if (!control) throw new Error(`the demo form has no control named ${name}`);
    return control;
  }

  #read(name: string): string | boolean {
    const control = this.#control(name);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
    return control.value;
  }

  /** Whether the control can take `value`: a select's option, a radio's value, or any text. */
  #offers(control: Control, value: string) {
    if (control instanceof HTMLSelectElement) return [...control.options].some((o) => o.value === value);
    if (control instanceof RadioNodeList) return [...control].some((r) => (r as HTMLInputElement).value === value);
    return true;
  }
}
