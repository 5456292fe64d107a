package io.autopilotmock.storage;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.service.spi.ServiceContributor;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate without classes generated at run time. By default it generates, with Byte
 * Buddy, a lazy-loading proxy class and an instantiator class for every entity at every
 * start: about 900 classes of Byte Buddy's loaded to make four, which no cache can hold
 * because they are made anew each time. Here no entity is ever a proxy (none has an
 * association, nothing asks for a reference), so Hibernate's own "none" provider, the one
 * it takes when no bytecode library is present, changes only how entities are
 * instantiated: through their constructor by reflection.
 * <p>
 * Hibernate looks its provider up in two places, and both are answered here: its service
 * registry, for the entities (as a {@link ServiceContributor} registered in
 * {@code META-INF/services}), and the JPA class transformer it offers for load-time
 * enhancement, which Spring drops without a load-time weaver but which is built first,
 * loading ~700 Byte Buddy classes into memory and the AOT cache for nothing (as a Spring
 * {@link HibernatePropertiesCustomizer}).
 */
@Component
public class NoBytecodeGeneration implements ServiceContributor, HibernatePropertiesCustomizer {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addService(BytecodeProvider.class, new BytecodeProviderImpl());
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, new BytecodeProviderImpl());
	}

}
