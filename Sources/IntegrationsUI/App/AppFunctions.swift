/// Applies `event` to `state` and returns the effects to run: the one entry
/// point the executable's loop calls for every key, tick and result.
public func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
    state.update(event)
}

/// Draws `state` as a frame of `state.width` × `state.height`.
public func view(_ state: AppState) -> Frame {
    state.view()
}
