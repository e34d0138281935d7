import { VERSION } from './version.js';

interface VersionedElement extends CustomElementConstructor {
  readonly flywheelVersion?: string;
}

/**
 * Registers a tag unless it is already registered, so two copies of the library on one page never
 * throw. When the existing definition comes from another version, says so once in the console.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.flywheelVersion !== VERSION) {
    console.warn(
      `[flywheel] <${tag}> is already defined by version ${existing.flywheelVersion ?? 'unknown'}; ` +
        `this copy (${VERSION}) was not registered. Load one copy of @flywheel/elements per page.`,
    );
  }
}
