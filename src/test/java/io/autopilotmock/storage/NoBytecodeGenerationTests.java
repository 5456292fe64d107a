package io.autopilotmock.storage;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both places where Hibernate looks up its bytecode provider get the one that generates
 * no classes: a Byte Buddy provider in either would load its ~700 classes at every start.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(NoBytecodeGeneration.class)
class NoBytecodeGenerationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theEntitiesShouldBeInstantiatedWithoutGeneratedClasses() {
		BytecodeProvider provider = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(BytecodeProvider.class);

		assertThat(provider).isInstanceOf(BytecodeProviderImpl.class);
	}

	@Test
	void theClassTransformerShouldBeBuiltWithoutByteBuddy() {
		assertThat(this.entityManagerFactory.getProperties().get(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE))
			.isInstanceOf(BytecodeProviderImpl.class);
	}

}
