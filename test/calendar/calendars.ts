// Calendars the property tests run against: every zone the issue names, with
// lunch breaks, whole days, always open, exceptions, and one closed most days.
import {
  alwaysOpen,
  type CalendarOptions,
  createCalendar,
  officeHours,
  weekdays,
  wholeBusinessDays,
} from "plazo/calendar";
import { BR, CL, MX } from "plazo/holidays";

export const H = 3_600_000;

export const calendarOptions: Record<string, CalendarOptions> = {
  "Santiago office CL": {
    timeZone: "America/Santiago",
    hours: officeHours,
    holidays: { country: CL },
  },
  "Santiago whole days CL": {
    timeZone: "America/Santiago",
    hours: wholeBusinessDays,
    holidays: { country: CL },
  },
  "São Paulo lunch break BR-SP": {
    timeZone: "America/Sao_Paulo",
    hours: { ...weekdays("08:30-13:00", "14:00-17:45"), sat: ["09:00-12:00"] },
    holidays: { country: BR, subdivision: "SP", types: ["public", "bank"] },
    exceptions: [
      { date: "2025-12-24", hours: ["09:00-13:00"] },
      { date: "2026-01-02", hours: [] },
    ],
  },
  "Mexico City always open MX": {
    timeZone: "America/Mexico_City",
    hours: alwaysOpen,
    holidays: { country: MX },
  },
  "Asunción Sundays only": { timeZone: "America/Asuncion", hours: { sun: ["00:00-24:00"] } },
  "Santiago Saturdays 00-24": {
    timeZone: "America/Santiago",
    hours: { sat: ["00:00-24:00"], wed: ["22:00-24:00"] },
  },
  "Tokyo office": { timeZone: "Asia/Tokyo", hours: officeHours },
};

export const calendars = Object.entries(calendarOptions).map(
  ([name, options]) => [name, options, createCalendar(options)] as const,
);
