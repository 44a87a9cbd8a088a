DROP TABLE "event_templates" CASCADE;--> statement-breakpoint
DROP TABLE "old_events" CASCADE;--> statement-breakpoint
DROP TYPE "event_source";--> statement-breakpoint
DROP TYPE "event_type";