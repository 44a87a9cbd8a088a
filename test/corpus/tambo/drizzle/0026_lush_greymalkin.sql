ALTER TABLE "projects" ADD COLUMN "mcp_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "composio_enabled" boolean DEFAULT false NOT NULL;