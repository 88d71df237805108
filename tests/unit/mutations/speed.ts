// The matrix assesses a few thousand pages; happy-dom spends a fifth of that time in one call:
// its computed style copies each element's inherited properties with structuredClone. Every value
// it copies is a flat { value, important } pair, so a plain copy gives the same properties, much
// sooner. A test-harness speed-up of the DOM implementation only: what the product reads is the same.

import CSSPropertyManager from 'happy-dom/lib/css/declaration/property-manager/CSSPropertyManager.js';

type Properties = Record<string, { value: string; important: boolean }>;
type Manager = { properties: Properties; definedPropertyNames: Record<string, boolean> };

let installed = false;

export function installFastStyleClone(): void {
  if (installed) return;
  installed = true;
  (CSSPropertyManager.prototype as unknown as { clone(): Manager }).clone = function clone(this: Manager) {
    const copy = new (this.constructor as new () => Manager)();
    const properties: Properties = {};
    for (const name in this.properties) {
      const { value, important } = this.properties[name] as Properties[string];
      properties[name] = { value, important };
    }
    copy.properties = properties;
    copy.definedPropertyNames = { ...this.definedPropertyNames };
    return copy;
  };
}
