export async function checkEditor() {}
