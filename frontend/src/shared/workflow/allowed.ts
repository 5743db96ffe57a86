/**
 * The one rule of the frontend for workflow buttons: show an action exactly when the server lists it in
 * the view's `allowedActions`. Who may do what is decided once, by the backend's Workflow of that
 * aggregate; the frontend keeps no role rules of its own.
 */
export interface WithAllowedActions<A extends string> {
  allowedActions?: readonly A[] | null;
}

export function allows<A extends string>(view: WithAllowedActions<A> | null | undefined, action: A): boolean {
  return !!view?.allowedActions?.includes(action);
}

/** Whether the server allows any action at all (e.g. to show an actions bar only when it has buttons). */
export function allowsAny<A extends string>(view: WithAllowedActions<A> | null | undefined): boolean {
  return (view?.allowedActions?.length ?? 0) > 0;
}
