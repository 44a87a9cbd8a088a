ALTER TABLE "application" ALTER COLUMN "memoryReservation" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "application" ALTER COLUMN "memoryLimit" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "application" ALTER COLUMN "cpuReservation" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "application" ALTER COLUMN "cpuLimit" SET DATA TYPE text;