// npm run demo: one seller ticket's life on a Chilean marketplace (rules
// R000-9, R000-10, R000-11 and R003-9 of the domain rules), with every deadline
// computed in business time over Fiestas Patrias 2025.
import { type Calendar, createCalendar, officeHours, wholeBusinessDays } from "plazo/calendar";
import { CL } from "plazo/holidays";

const timeZone = "America/Santiago";
// "48 horas hábiles" counted over whole business days, and an office-hours calendar for agents.
const businessDays = createCalendar({
  timeZone,
  hours: wholeBusinessDays,
  holidays: { country: CL },
});
const office = createCalendar({ timeZone, hours: officeHours, holidays: { country: CL } });

const fmt = new Intl.DateTimeFormat("es-CL", {
  timeZone,
  weekday: "short",
  day: "2-digit",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
// A deadline at local midnight reads better as 23:59 of the day it ends.
const show = (d: Date) =>
  (fmt.format(d).endsWith("00:00") ? fmt.format(d.getTime() - 60_000) : fmt.format(d)).padEnd(24);

function step(when: Date, what: string) {
  console.log(`\n${show(when)} ${what}`);
}
function deadline(label: string, due: Date, cal: Calendar, from: Date) {
  const skipped = cal
    .explain(from, { milliseconds: cal.between(from, due) })
    .days.filter((d) => d.reason)
    .map((d) => `${d.date.slice(5)} ${d.name ?? d.reason}`);
  console.log(
    `  ⏱  ${label.padEnd(52)} ${show(due)}${skipped.length ? ` skips: ${skipped.join(", ")}` : ""}`,
  );
}

console.log(
  `plazo demo: seller ticket #1042 on a Chilean marketplace, America/Santiago\n${"─".repeat(78)}`,
);

const created = new Date("2025-09-16T19:30:00Z");
step(created, "Seller opens ticket #1042: «No puedo subir la planilla de stock» (R000-5)");
const firstResponse = businessDays.add(created, { hours: 48 });
deadline("first response due (48 business hours, R000-9)", firstResponse, businessDays, created);

const asked = new Date("2025-09-17T14:00:00Z");
step(asked, "Agent asks for the spreadsheet → status: waiting on requester");
const answerBy = businessDays.add(asked, { businessDays: 3 });
deadline("requester must answer (3 business days, R000-10)", answerBy, businessDays, asked);
let reminder = businessDays.add(asked, { businessDays: 1 });
for (let n = 1; reminder < answerBy; n++) {
  console.log(`  ✉  reminder ${n} at the end of business day ${n}`.padEnd(58) + show(reminder));
  reminder = businessDays.add(asked, { businessDays: n + 1 });
}
console.log(`  ✖  no answer by then → auto-close for inactivity`.padEnd(58) + show(answerBy));

const replied = new Date("2025-09-22T13:10:00Z");
step(replied, "Seller replies with the spreadsheet → status: open");
console.log(
  `  ✓  answered with ${(businessDays.between(replied, answerBy) / 3_600_000).toFixed(1)} business hours to spare`,
);

const rejected = new Date("2025-09-23T20:45:00Z");
step(rejected, "Agent rejects: the template is outdated → status: rejected");
deadline(
  "appeal window closes (2 business days, R000-11)",
  businessDays.add(rejected, { businessDays: 2 }),
  businessDays,
  rejected,
);

const solved = new Date("2025-09-26T20:00:00Z");
step(solved, "Seller appealed in time; agent fixes the upload → status: solved");
const reopenUntil = office.add(solved, { hours: 27 });
deadline("reopen window (27 office hours, R003-9)", reopenUntil, office, solved);
console.log(`  ✓  then closed for good (R000-12): no reopening, no comments`);

console.log(`\nWhy "48 business hours" from ${show(created).trim()} ends where it does:`);
for (const day of businessDays.explain(created, { hours: 48 }).days) {
  const hours = (day.counted / 3_600_000).toFixed(1).padStart(5);
  console.log(
    `  ${day.date}  ${hours} h  ${day.reason ? `closed: ${day.name ?? day.reason}` : "counted"}`,
  );
}
