-- Roles for a production server. Run once as a superuser, then migrate as the owner:
--   psql -v owner_password="'...'" -v app_password="'...'" -f deploy/roles.sql
-- The first migration creates callboard_app (the application's privileges) if missing.
CREATE ROLE callboard_owner LOGIN PASSWORD :owner_password;
CREATE ROLE callboard_app NOLOGIN;
CREATE ROLE callboard LOGIN PASSWORD :app_password IN ROLE callboard_app;
CREATE DATABASE callboard OWNER callboard_owner;
