# One schema and one user per service; each user may use only its own schema. The mysql image
# sources this file on its first start, while the data volume is still empty (so keep it
# non-executable: it calls the image's docker_process_sql). The passwords come from the
# container's environment, set in docker-compose.yml; changing one later needs ALTER USER.

create_service_schema() {
	local name="$1" password="$2" quote="'" backslash='\'
	if [ -z "$password" ]; then
		mysql_error "no password given for the database user $name"
	fi
	password="${password//"$backslash"/"$backslash$backslash"}"
	password="${password//"$quote"/"$quote$quote"}"
	mysql_note "Creating schema and user $name"
	docker_process_sql --database=mysql <<-EOSQL
		CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
		CREATE USER IF NOT EXISTS '$name'@'%' IDENTIFIED BY '$password';
		GRANT ALL PRIVILEGES ON \`$name\`.* TO '$name'@'%';
	EOSQL
}

create_service_schema client "$CLIENT_DB_PASSWORD"
create_service_schema quota "$QUOTA_DB_PASSWORD"
create_service_schema compliance "$COMPLIANCE_DB_PASSWORD"
create_service_schema notification "$NOTIFICATION_DB_PASSWORD"
