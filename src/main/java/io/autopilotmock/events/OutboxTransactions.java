package io.autopilotmock.events;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of the outbox, whose repositories use JDBC alone: a JDBC transaction
 * manager on the application's data source, rather than the JPA one, which opens and
 * closes a Hibernate session around every trigger and claim for nothing. Deliberately not
 * a {@code TransactionOperations} or a transaction manager bean: Spring Boot would then
 * back off from configuring the application's own.
 */
@Component
class OutboxTransactions {

	private final TransactionTemplate template;

	OutboxTransactions(DataSource dataSource) {
		this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	<T> @Nullable T execute(TransactionCallback<T> action) {
		return this.template.execute(action);
	}

}
