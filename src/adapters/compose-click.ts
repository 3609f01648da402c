// Gmail's controls act on mousedown/mouseup (Closure), OWA's on click (React): a press sends
// all three, as InboxSDK's simulateClick does.
export function pressControl(control: Element): void {
  const view = control.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    control.dispatchEvent(
      new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view, button: 0 }),
    );
  }
}
