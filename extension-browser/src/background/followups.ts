/** Check-in follow-ups (alarms + opt-in notifications); owned by the dashboard area. */
export function registerFollowUps(): void {}
